#include "ApiServerHost.h"
#include "HttpClient.h"
#include "TestStation.h"
#include "store/Query.h"

#include <QRegularExpression>
#include <QTest>

using namespace chairside;
using namespace chairside::test;

namespace {

const QString kPassword = QStringLiteral("password123");
// Shaped like a UUIDv7 but never issued: the "well-formed id of nothing" case.
const QString kUnknownId = QStringLiteral("0190b7e0-0000-7000-8000-000000000000");

bool isUuidV7(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

QStringList ids(const QJsonArray& items)
{
    QStringList out;
    for (const QJsonValue& v : items)
        out.append(v.toObject().value(QStringLiteral("id")).toString());
    return out;
}

// What seed 003's client sends to sign a patient up.
QJsonObject patientForm(const QString& username)
{
    // A patient's phone is unique among patients: each form brings its own.
    static int forms = 0;
    const QString phone = QStringLiteral("+336000001%1").arg(++forms, 2, 10, QLatin1Char('0'));
    return {{QStringLiteral("username"), username},
            {QStringLiteral("email"), username + QStringLiteral("@x.org")},
            {QStringLiteral("password"), kPassword},
            {QStringLiteral("password_confirm"), kPassword},
            {QStringLiteral("user_type"), QStringLiteral("patient")},
            {QStringLiteral("first_name"), QStringLiteral("Lea")},
            {QStringLiteral("last_name"), QStringLiteral("Martin")},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("date_of_birth"), QStringLiteral("1985-06-15")},
            {QStringLiteral("address"), QStringLiteral("3 rue Haute")},
            {QStringLiteral("emergency_contact_name"), QStringLiteral("Paul")},
            {QStringLiteral("emergency_contact_phone"), QStringLiteral("+33600000002")},
            {QStringLiteral("emergency_contact_relation"), QStringLiteral("brother")},
            {QStringLiteral("allergies"), QStringLiteral("penicillin")}};
}

// Seed 003's patient record body (4.2, the required fields and a few optional ones).
QJsonObject patientRecord(const QString& first, const QString& phone)
{
    return {{QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), QStringLiteral("Durand")},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("date_of_birth"), QStringLiteral("2000-01-31")},
            {QStringLiteral("gender"), QStringLiteral("M")},
            {QStringLiteral("address"), QStringLiteral("5 rue Basse")},
            {QStringLiteral("emergency_contact_name"), QStringLiteral("Anne")},
            {QStringLiteral("emergency_contact_phone"), QStringLiteral("+33600000003")},
            {QStringLiteral("emergency_contact_relation"), QStringLiteral("mother")},
            {QStringLiteral("blood_type"), QStringLiteral("O+")},
            {QStringLiteral("insurance_provider"), QStringLiteral("CPAM")}};
}

} // namespace

// A refusal: the status, a JSON object body mentioning `text`, and no write at all.
#define QVERIFY_REFUSED(reply, status, text, before)                                                         \
    do {                                                                                                     \
        const QString problem_ = refusalProblem((reply), (status), (text), (before));                        \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                  \
    } while (false)

// Seed 003 ("Medical Platform Backend") accounts and patients over real HTTP (seed-contracts 4.3): the
// code's /api/accounts/... and the README's /api/auth/... and /api/patients/api/patients/... paths.
class TestHttpSeed003Accounts : public QObject
{
    Q_OBJECT
private:
    using Account = ApiUser;

    std::unique_ptr<TestStation> m_station;
    std::unique_ptr<api::ApiServerHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    Account m_staff;
    Account m_dentist; // an approved dentist with a doctor profile of her own
    Account m_lea;     // a patient account registered through 003's form

    int changes() const { return m_station->changeCount(); }

    QString refusalProblem(const HttpReply& reply, int status, const QString& text, int before) const
    {
        const QString problem = test::refusalProblem(reply, status, text);
        if (problem.isEmpty() && changes() != before)
            return QStringLiteral("a refused request wrote %1 changes").arg(changes() - before);
        return problem;
    }

private slots:
    void initTestCase()
    {
        m_station = std::make_unique<TestStation>();
        m_staff =
            m_station->signIn(m_station->addUser(QStringLiteral("desk@clinic.org"), Role::Receptionist));
        m_host = std::make_unique<api::ApiServerHost>(*m_station->services, api::ApiServerConfig{});
        auto port = m_host->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_http = std::make_unique<HttpClient>(QStringLiteral("http://127.0.0.1:%1").arg(*port));

        // Staff sign a dentist up through the same form: approved at once.
        auto doc = m_http->post(QStringLiteral("/api/accounts/register/"),
                                QJsonObject{{QStringLiteral("username"), QStringLiteral("drbrun")},
                                            {QStringLiteral("email"), QStringLiteral("brun@clinic.org")},
                                            {QStringLiteral("password"), kPassword},
                                            {QStringLiteral("first_name"), QStringLiteral("Claire")},
                                            {QStringLiteral("last_name"), QStringLiteral("Brun")},
                                            {QStringLiteral("user_type"), QStringLiteral("doctor")},
                                            {QStringLiteral("specialization"), QStringLiteral("general")}},
                                m_staff.access);
        QCOMPARE(doc.status, 201);
        const QString docId =
            doc.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
        m_dentist = m_station->signIn(Actor{docId, Role::Dentist, QStringLiteral("test")});
        QCOMPARE(m_http->get(QStringLiteral("/api/materials/"), m_dentist.access).status, 200);
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_host.reset();
        m_station.reset();
    }

    // ---- register
    // ------------------------------------------------------------------------------------------

    void registerAnswersWithUserAndTokens()
    {
        auto r = m_http->post(QStringLiteral("/api/accounts/register/"), patientForm(QStringLiteral("lea")));
        QCOMPARE(r.status, 201);
        const QJsonObject body = r.object();
        QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("Inscription réussie"));
        const QJsonObject user = body.value(QStringLiteral("user")).toObject();
        QVERIFY(isUuidV7(user.value(QStringLiteral("id")).toString()));
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("lea"));
        QCOMPARE(user.value(QStringLiteral("full_name")).toString(), QStringLiteral("Lea Martin"));
        QCOMPARE(user.value(QStringLiteral("user_type")).toString(), QStringLiteral("patient"));
        QCOMPARE(user.value(QStringLiteral("date_of_birth")).toString(), QStringLiteral("1985-06-15"));
        QCOMPARE(user.value(QStringLiteral("emergency_contact_relation")).toString(),
                 QStringLiteral("brother"));
        const QJsonObject tokens = body.value(QStringLiteral("tokens")).toObject();
        QCOMPARE(tokens.value(QStringLiteral("access")).toString().count(QLatin1Char('.')), 2);
        QCOMPARE(tokens.value(QStringLiteral("refresh")).toString().count(QLatin1Char('.')), 2);
        // Superset keys (seed-contracts 6.1).
        QCOMPARE(body.value(QStringLiteral("access")).toString(),
                 tokens.value(QStringLiteral("access")).toString());
        QCOMPARE(body.value(QStringLiteral("id")).toString(), user.value(QStringLiteral("id")).toString());
        QVERIFY(!r.body.contains("password_hash") && !r.body.contains("argon2"));
        m_lea = {Actor{user.value(QStringLiteral("id")).toString(), Role::Patient, QStringLiteral("test")},
                 tokens.value(QStringLiteral("access")).toString(),
                 tokens.value(QStringLiteral("refresh")).toString()};
        // Logged in at once.
        auto me = m_http->get(QStringLiteral("/api/accounts/profile/"), m_lea.access);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object().value(QStringLiteral("allergies")).toString(), QStringLiteral("penicillin"));
    }

    void registerRefusesBadInput()
    {
        int before = changes();
        QJsonObject mismatch = patientForm(QStringLiteral("m1"));
        mismatch.insert(QStringLiteral("password_confirm"), QStringLiteral("something-else"));
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/accounts/register/"), mismatch), 400,
                        QStringLiteral("password_confirm"), before);
        QJsonObject shortPassword = patientForm(QStringLiteral("m2"));
        shortPassword.insert(QStringLiteral("password"), QStringLiteral("short"));
        shortPassword.insert(QStringLiteral("password_confirm"), QStringLiteral("short"));
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/auth/register/"), shortPassword), 400,
                        QStringLiteral("password"), before);
        QJsonObject taken = patientForm(QStringLiteral("m3"));
        taken.insert(QStringLiteral("email"), QStringLiteral("LEA@x.org"));
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/accounts/register/"), taken), 400,
                        QStringLiteral("already exists"), before);
        QVERIFY_REFUSED(
            m_http->post(QStringLiteral("/api/accounts/register/"), patientForm(QStringLiteral("lea"))), 400,
            QStringLiteral("username"), before);
        QJsonObject noPassword = patientForm(QStringLiteral("m4"));
        noPassword.remove(QStringLiteral("password"));
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/accounts/register/"), noPassword), 400,
                        QStringLiteral("password"), before);
        QJsonObject badDoctor = patientForm(QStringLiteral("m5"));
        badDoctor.insert(QStringLiteral("user_type"), QStringLiteral("doctor"));
        badDoctor.insert(QStringLiteral("consultation_fee"), QStringLiteral("free"));
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/accounts/register/"), badDoctor), 400,
                        QStringLiteral("consultation_fee"), before);
    }

    void anonymousAdminIsAPatient()
    {
        QJsonObject form = patientForm(QStringLiteral("mallory"));
        form.insert(QStringLiteral("user_type"), QStringLiteral("admin"));
        auto r = m_http->post(QStringLiteral("/api/auth/register/"), form);
        QCOMPARE(r.status, 201);
        QCOMPARE(
            r.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("user_type")).toString(),
            QStringLiteral("patient"));
        const QString token = r.object().value(QStringLiteral("access")).toString();
        QCOMPARE(m_http->get(QStringLiteral("/api/users/"), token).status, 403);
    }

    void anonymousDoctorWaitsForApproval()
    {
        QJsonObject form = patientForm(QStringLiteral("drnoel"));
        form.insert(QStringLiteral("user_type"), QStringLiteral("doctor"));
        form.insert(QStringLiteral("specialization"), QStringLiteral("Cardiology"));
        form.insert(QStringLiteral("medical_license_number"), QStringLiteral("FR-123"));
        auto r = m_http->post(QStringLiteral("/api/accounts/register/"), form);
        QCOMPARE(r.status, 201);
        const QJsonObject user = r.object().value(QStringLiteral("user")).toObject();
        const QString id = user.value(QStringLiteral("id")).toString();
        QCOMPARE(user.value(QStringLiteral("user_type")).toString(), QStringLiteral("doctor"));
        QCOMPARE(user.value(QStringLiteral("specialization")).toString(), QStringLiteral("cardiology"));
        QCOMPARE(user.value(QStringLiteral("medical_license_number")).toString(), QStringLiteral("FR-123"));
        QCOMPARE(user.value(QStringLiteral("is_approved")).toBool(), false);
        const QString token = r.object().value(QStringLiteral("access")).toString();
        // A patient's rights until staff approve: no clinic stock, no other patients.
        QCOMPARE(m_http->get(QStringLiteral("/api/materials/"), token).status, 403);
        // Listed among the doctors, but not offered to patients yet.
        auto all = m_http->get(QStringLiteral("/api/accounts/doctors/?page_size=100"), m_lea.access);
        QVERIFY(ids(all.object().value(QStringLiteral("results")).toArray()).contains(id));
        auto available = m_http->get(QStringLiteral("/api/accounts/doctors/available/"));
        QVERIFY(!ids(available.json().toArray()).contains(id));
        QCOMPARE(
            m_http->put(QStringLiteral("/api/doctors/%1/approve/").arg(id), QJsonObject{}, m_staff.access)
                .status,
            200);
        QCOMPARE(m_http->get(QStringLiteral("/api/materials/"), token).status, 200);
        available = m_http->get(QStringLiteral("/api/accounts/doctors/available/"));
        QVERIFY(ids(available.json().toArray()).contains(id));
    }

    // ---- login, refresh, logout ---------------------------------------------------------------------------

    void loginAnswersTheSupersetBody()
    {
        auto r = m_http->post(QStringLiteral("/api/accounts/login/"),
                              QJsonObject{{QStringLiteral("email"), QStringLiteral("lea@x.org")},
                                          {QStringLiteral("password"), kPassword}});
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.object();
        QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("user_type")).toString(),
                 QStringLiteral("patient"));
        QCOMPARE(body.value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("password_needs_reset"))
                     .toBool(),
                 false);
        QVERIFY(!body.value(QStringLiteral("tokens"))
                     .toObject()
                     .value(QStringLiteral("access"))
                     .toString()
                     .isEmpty());
        QVERIFY(!body.value(QStringLiteral("refresh")).toString().isEmpty());

        auto bad = m_http->post(QStringLiteral("/api/accounts/login/"),
                                QJsonObject{{QStringLiteral("email"), QStringLiteral("lea@x.org")},
                                            {QStringLiteral("password"), QStringLiteral("wrong-password")}});
        QCOMPARE(bad.status, 401);
        QVERIFY(!bad.object().value(QStringLiteral("non_field_errors")).toArray().isEmpty());
        auto missing = m_http->post(QStringLiteral("/api/accounts/login/"),
                                    QJsonObject{{QStringLiteral("email"), QStringLiteral("lea@x.org")}});
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.object().contains(QStringLiteral("password")));
    }

    void refreshIssuesANewRefreshAndKeepsTheOld()
    {
        const Account a = m_station->signIn(m_lea.actor);
        for (const QString& path :
             {QStringLiteral("/api/accounts/token/refresh/"), QStringLiteral("/api/auth/refresh/")}) {
            auto r = m_http->post(path, QJsonObject{{QStringLiteral("refresh"), a.refresh}});
            QCOMPARE(r.status, 200);
            const QString next = r.object().value(QStringLiteral("refresh")).toString();
            QVERIFY(!next.isEmpty() && next != a.refresh);
            QCOMPARE(m_http
                         ->get(QStringLiteral("/api/accounts/me/"),
                               r.object().value(QStringLiteral("access")).toString())
                         .status,
                     200);
        }
        auto bad = m_http->post(QStringLiteral("/api/accounts/token/refresh/"),
                                QJsonObject{{QStringLiteral("refresh"), a.access}});
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.object().value(QStringLiteral("code")).toString(), QStringLiteral("token_not_valid"));
    }

    void logoutRevokesTheRefreshAndThePresentedToken()
    {
        for (const auto& [path, key] :
             {std::pair{QStringLiteral("/api/accounts/logout/"), QStringLiteral("refresh_token")},
              std::pair{QStringLiteral("/api/auth/logout/"), QStringLiteral("refresh")}}) {
            const Account a = m_station->signIn(m_lea.actor);
            auto r = m_http->post(path, QJsonObject{{key, a.refresh}}, a.access);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
                     QStringLiteral("Déconnexion réussie"));
            QCOMPARE(m_http
                         ->post(QStringLiteral("/api/accounts/token/refresh/"),
                                QJsonObject{{QStringLiteral("refresh"), a.refresh}})
                         .status,
                     401);
            QCOMPARE(m_http->get(QStringLiteral("/api/accounts/profile/"), a.access).status, 401);
        }
        QCOMPARE(m_http->post(QStringLiteral("/api/accounts/logout/"), QJsonObject{}).status, 401);
    }

    // ---- profile ------------------------------------------------------------------------------------------

    void profileAtEveryPath()
    {
        for (const QString& path :
             {QStringLiteral("/api/accounts/profile/"), QStringLiteral("/api/accounts/me/"),
              QStringLiteral("/api/auth/profile/")}) {
            auto r = m_http->get(path, m_lea.access);
            QCOMPARE(r.status, 200);
            const QJsonObject u = r.object();
            QCOMPARE(u.value(QStringLiteral("id")).toString(), m_lea.actor.userId);
            for (const char* key :
                 {"username", "email", "first_name", "last_name", "full_name", "user_type", "phone",
                  "date_of_birth", "address", "profile_picture", "medical_license_number", "specialization",
                  "medical_history", "allergies", "emergency_contact_name", "emergency_contact_phone",
                  "emergency_contact_relation", "created_at", "updated_at"})
                QVERIFY2(u.contains(QLatin1String(key)), key);
            QCOMPARE(m_http->get(path).status, 401);
        }
        auto doctor = m_http->get(QStringLiteral("/api/accounts/me/"), m_dentist.access);
        QCOMPARE(doctor.object().value(QStringLiteral("user_type")).toString(), QStringLiteral("doctor"));
        QCOMPARE(doctor.object().value(QStringLiteral("specialization")).toString(),
                 QStringLiteral("general"));
        auto desk = m_http->get(QStringLiteral("/api/accounts/me/"), m_staff.access);
        QCOMPARE(desk.object().value(QStringLiteral("user_type")).toString(), QStringLiteral("admin"));
    }

    void profileUpdateIgnoresReadOnlyAndPrivilegeFields()
    {
        for (const auto& [method, path] :
             {std::pair{QByteArray("PUT"), QStringLiteral("/api/auth/profile/")},
              std::pair{QByteArray("PATCH"), QStringLiteral("/api/accounts/profile/update/")},
              std::pair{QByteArray("PUT"), QStringLiteral("/api/accounts/profile/update/")},
              std::pair{QByteArray("PATCH"), QStringLiteral("/api/auth/profile/")}}) {
            const QJsonObject body{{QStringLiteral("first_name"), QStringLiteral("Léa")},
                                   {QStringLiteral("address"), QStringLiteral("4 rue Neuve")},
                                   {QStringLiteral("emergency_contact_name"), QStringLiteral("Marc")},
                                   {QStringLiteral("username"), QStringLiteral("root")},
                                   {QStringLiteral("user_type"), QStringLiteral("admin")},
                                   {QStringLiteral("is_staff"), true},
                                   {QStringLiteral("password"), QStringLiteral("new-password-1")}};
            auto r = m_http->request(method, path, QJsonDocument(body).toJson(), m_lea.access,
                                     {{"Content-Type", "application/json"}});
            QCOMPARE(r.status, 200);
            QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
                     QStringLiteral("Profil mis à jour avec succès"));
            const QJsonObject user = r.object().value(QStringLiteral("user")).toObject();
            QCOMPARE(user.value(QStringLiteral("first_name")).toString(), QStringLiteral("Léa"));
            QCOMPARE(user.value(QStringLiteral("address")).toString(), QStringLiteral("4 rue Neuve"));
            QCOMPARE(user.value(QStringLiteral("emergency_contact_name")).toString(), QStringLiteral("Marc"));
            QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("lea"));
            QCOMPARE(user.value(QStringLiteral("user_type")).toString(), QStringLiteral("patient"));
            QCOMPARE(r.object().value(QStringLiteral("full_name")).toString(), QStringLiteral("Léa Martin"));
        }
        QCOMPARE(m_http->get(QStringLiteral("/api/users/"), m_lea.access).status, 403);
        // A dentist edits her own doctor fields, but not her approval.
        auto doc =
            m_http->patch(QStringLiteral("/api/accounts/profile/update/"),
                          QJsonObject{{QStringLiteral("specialization"), QStringLiteral("Pediatrics")},
                                      {QStringLiteral("medical_license_number"), QStringLiteral("FR-9")},
                                      {QStringLiteral("is_approved"), false}},
                          m_dentist.access);
        QCOMPARE(doc.status, 200);
        QCOMPARE(doc.object().value(QStringLiteral("specialization")).toString(),
                 QStringLiteral("pediatrics"));
        QCOMPARE(doc.object().value(QStringLiteral("medical_license_number")).toString(),
                 QStringLiteral("FR-9"));
        QCOMPARE(doc.object().value(QStringLiteral("is_approved")).toBool(), true);
    }

    void profileUpdateRefusesBadInput()
    {
        int before = changes();
        QVERIFY_REFUSED(
            m_http->patch(QStringLiteral("/api/accounts/profile/update/"),
                          QJsonObject{{QStringLiteral("email"), QStringLiteral("brun@clinic.org")}},
                          m_lea.access),
            400, QStringLiteral("email"), before);
        QVERIFY_REFUSED(
            m_http->patch(QStringLiteral("/api/accounts/profile/update/"),
                          QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Nope")},
                                      {QStringLiteral("emergency_contact_phone"), QStringLiteral("call me")}},
                          m_lea.access),
            400, QStringLiteral("emergency_contact_phone"), before);
        QVERIFY_REFUSED(m_http->put(QStringLiteral("/api/auth/profile/"), QJsonObject{}), 401, QString(),
                        before);
        // 003 has no POST there.
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/auth/profile/"), QJsonObject{}, m_lea.access), 405,
                        QString(), before);
    }

    // ---- doctors
    // --------------------------------------------------------------------------------------------

    void doctorListsArePagedAndCounted()
    {
        auto page = m_http->get(QStringLiteral("/api/accounts/doctors/?page_size=1"), m_lea.access);
        QCOMPARE(page.status, 200);
        QVERIFY(page.object().value(QStringLiteral("count")).toInt() >= 2);
        QCOMPARE(page.object().value(QStringLiteral("results")).toArray().size(), 1);
        QVERIFY(page.object().value(QStringLiteral("next")).toString().startsWith(QStringLiteral("http://")));
        QCOMPARE(m_http->get(QStringLiteral("/api/accounts/doctors/?page=99"), m_lea.access).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/api/accounts/doctors/")).status, 401);

        // Four patients fill a doctor: she is no longer offered.
        auto before = m_http->get(QStringLiteral("/api/accounts/doctors/available/"));
        QCOMPARE(before.status, 200);
        QJsonObject brun;
        for (const QJsonValue& v : before.json().toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == m_dentist.actor.userId)
                brun = v.toObject();
        }
        QCOMPARE(brun.value(QStringLiteral("patient_count")).toInt(), 0);
        QCOMPARE(brun.value(QStringLiteral("available_slots")).toInt(), 4);
        QCOMPARE(brun.value(QStringLiteral("full_name")).toString(), QStringLiteral("Claire Brun"));

        // A patient signing up chooses her (by the doctor's user id, as 003's client sends it): she becomes
        // the new patient's doctor, so one place fewer is offered.
        QJsonObject choosing = patientForm(QStringLiteral("zoe"));
        choosing.insert(QStringLiteral("doctor_id"), m_dentist.actor.userId);
        QCOMPARE(m_http->post(QStringLiteral("/api/accounts/register/"), choosing).status, 201);
        auto chosen = m_http->get(QStringLiteral("/api/accounts/doctors/available/"));
        for (const QJsonValue& v : chosen.json().toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == m_dentist.actor.userId)
                brun = v.toObject();
        }
        QCOMPARE(brun.value(QStringLiteral("patient_count")).toInt(), 1);
        QCOMPARE(brun.value(QStringLiteral("available_slots")).toInt(), 3);
        // A doctor nobody knows is refused before any account is made.
        int unchanged = changes();
        QJsonObject unknown = patientForm(QStringLiteral("zoe2"));
        unknown.insert(QStringLiteral("doctor_id"), QStringLiteral("0190b7e0-0000-7000-8000-000000000000"));
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/accounts/register/"), unknown), 400,
                        QStringLiteral("doctor_id"), unchanged);

        for (int i = 0; i < 3; ++i) {
            auto p = m_http->post(QStringLiteral("/api/patients/"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Full %1").arg(i)}},
                                  m_staff.access);
            QCOMPARE(p.status, 201);
            QCOMPARE(
                m_http
                    ->post(QStringLiteral("/api/mappings/"),
                           QJsonObject{{QStringLiteral("patient_id"), p.object().value(QStringLiteral("id"))},
                                       {QStringLiteral("doctor_id"), m_dentist.actor.userId}},
                           m_staff.access)
                    .status,
                201);
        }
        auto after = m_http->get(QStringLiteral("/api/accounts/doctors/available/"));
        QVERIFY(!ids(after.json().toArray()).contains(m_dentist.actor.userId));
        // Full, she takes no one more who signs up choosing her; nothing is written.
        unchanged = changes();
        QJsonObject tooMany = patientForm(QStringLiteral("zoe3"));
        tooMany.insert(QStringLiteral("doctor_id"), m_dentist.actor.userId);
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/accounts/register/"), tooMany), 400,
                        QStringLiteral("doctor_id"), unchanged);
    }

    // ---- patients
    // ---------------------------------------------------------------------------------------------

    void readmePatientPathsCrud()
    {
        const QString base = QStringLiteral("/api/patients/api/patients/");
        const int already =
            m_http->get(base, m_dentist.access).object().value(QStringLiteral("count")).toInt();
        auto made = m_http->post(base, patientRecord(QStringLiteral("Hugo"), QStringLiteral("+33611111111")),
                                 m_dentist.access);
        QCOMPARE(made.status, 201);
        const QJsonObject p = made.object();
        const QString id = p.value(QStringLiteral("id")).toString();
        QVERIFY(isUuidV7(id));
        QCOMPARE(p.value(QStringLiteral("full_name")).toString(), QStringLiteral("Hugo Durand"));
        QCOMPARE(p.value(QStringLiteral("gender")).toString(), QStringLiteral("M"));
        QCOMPARE(p.value(QStringLiteral("blood_type")).toString(), QStringLiteral("O+"));
        QCOMPARE(p.value(QStringLiteral("insurance_provider")).toString(), QStringLiteral("CPAM"));
        QCOMPARE(p.value(QStringLiteral("is_active")).toBool(), true);
        QVERIFY(p.value(QStringLiteral("age")).toInt() >= 25);
        QVERIFY(p.contains(QStringLiteral("doctor")) && p.contains(QStringLiteral("doctor_name")));

        // The README path always pages.
        auto list = m_http->get(base, m_dentist.access);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.object().value(QStringLiteral("count")).toInt(), already + 1);
        QVERIFY(ids(list.object().value(QStringLiteral("results")).toArray()).contains(id));

        const QString item = base + id + QLatin1Char('/');
        QCOMPARE(m_http->get(item, m_dentist.access).status, 200);
        auto put = m_http->put(item, patientRecord(QStringLiteral("Hugues"), QStringLiteral("+33611111111")),
                               m_dentist.access);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(QStringLiteral("first_name")).toString(), QStringLiteral("Hugues"));
        auto patch = m_http->patch(item, QJsonObject{{QStringLiteral("allergies"), QStringLiteral("latex")}},
                                   m_dentist.access);
        QCOMPARE(patch.status, 200);
        QCOMPARE(patch.object().value(QStringLiteral("allergies")).toString(), QStringLiteral("latex"));

        // Another user's patient does not exist for them; ids that name nothing are 404.
        int before = changes();
        QVERIFY_REFUSED(m_http->get(item, m_lea.access), 404, QStringLiteral("Not found"), before);
        QVERIFY_REFUSED(m_http->del(item, m_lea.access), 404, QStringLiteral("Not found"), before);
        QVERIFY_REFUSED(m_http->get(base + kUnknownId + QLatin1Char('/'), m_dentist.access), 404,
                        QStringLiteral("Not found"), before);
        QVERIFY_REFUSED(m_http->get(base + QStringLiteral("12/"), m_dentist.access), 404,
                        QStringLiteral("Not found"), before);
        QVERIFY_REFUSED(m_http->get(base), 401, QString(), before);

        auto gone = m_http->del(item, m_dentist.access);
        QCOMPARE(gone.status, 200);
        QCOMPARE(gone.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Patient supprimé avec succès"));
        QCOMPARE(m_http->get(item, m_dentist.access).status, 404);
        QCOMPARE(m_http->get(base, m_dentist.access).object().value(QStringLiteral("count")).toInt(),
                 already);
    }

    void patientsRefuseBadInput()
    {
        const QString base = QStringLiteral("/api/patients/api/patients/");
        int before = changes();
        QJsonObject badGender = patientRecord(QStringLiteral("Zoe"), QStringLiteral("+33622222222"));
        badGender.insert(QStringLiteral("gender"), QStringLiteral("X"));
        QVERIFY_REFUSED(m_http->post(base, badGender, m_dentist.access), 400, QStringLiteral("gender"),
                        before);
        QJsonObject noName = patientRecord(QString(), QStringLiteral("+33622222222"));
        noName.remove(QStringLiteral("first_name"));
        noName.remove(QStringLiteral("last_name"));
        QVERIFY_REFUSED(m_http->post(base, noName, m_dentist.access), 400, QStringLiteral("name"), before);
        QJsonObject badDob = patientRecord(QStringLiteral("Zoe"), QStringLiteral("+33622222222"));
        badDob.insert(QStringLiteral("date_of_birth"), QStringLiteral("31/01/2000"));
        QVERIFY_REFUSED(m_http->post(QStringLiteral("/api/patients/"), badDob, m_dentist.access), 400,
                        QStringLiteral("date_of_birth"), before);
        QVERIFY_REFUSED(m_http->get(base + QStringLiteral("?page=0"), m_dentist.access), 404,
                        QStringLiteral("Invalid page"), before);
    }

    void sharedPatientListPagesOnlyWhenAsked()
    {
        for (const QString& n : {QStringLiteral("Anna"), QStringLiteral("Bea")})
            QCOMPARE(m_http->post(QStringLiteral("/api/patients/"), patientRecord(n, QString()), m_lea.access)
                         .status,
                     201);
        auto plain = m_http->get(QStringLiteral("/api/patients/"), m_lea.access);
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.json().isArray());
        // Lea's own record (made at sign-up) and the two she created.
        QCOMPARE(plain.json().toArray().size(), 3);
        auto paged = m_http->get(QStringLiteral("/api/patients/?page_size=2"), m_lea.access);
        QCOMPARE(paged.status, 200);
        QCOMPARE(paged.object().value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(paged.object().value(QStringLiteral("results")).toArray().size(), 2);
        auto second = m_http->get(QStringLiteral("/api/patients/?page=2&page_size=2"), m_lea.access);
        QCOMPARE(second.object().value(QStringLiteral("results")).toArray().size(), 1);
        QVERIFY(second.object().value(QStringLiteral("next")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestHttpSeed003Accounts)
#include "tst_http_seed003_accounts.moc"
